using Npgsql;

namespace ConsensusLab.Storage.Postgres;

/// <summary>Typed parameters (no boxing, no type guessing) and the one conversion every timestamp needs.</summary>
internal static class PostgresParameters
{
    public static void AddTyped<T>(this NpgsqlParameterCollection parameters, string name, T value) =>
        parameters.Add(new NpgsqlParameter<T>(name, value));

    /// <summary>
    /// The instant as timestamptz keeps it: in UTC (Npgsql writes only offset-zero values to timestamptz) and to
    /// the microsecond (PostgreSQL's resolution), so that what a caller is handed equals what a later read returns.
    /// </summary>
    public static DateTimeOffset Stored(DateTimeOffset instant)
    {
        var utcTicks = instant.UtcTicks;
        return new DateTimeOffset(utcTicks - (utcTicks % 10), TimeSpan.Zero);
    }
}
