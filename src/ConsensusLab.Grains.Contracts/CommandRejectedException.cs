using Orleans;

namespace ConsensusLab.Grains;

/// <summary>A grain refused a command and changed nothing. It crosses silos like any grain reply.</summary>
[GenerateSerializer, Alias("consensuslab.CommandRejectedException")]
public sealed class CommandRejectedException : Exception
{
    public CommandRejectedException(Rejection rejection, string title, string detail) : base(detail)
    {
        Rejection = rejection;
        Title = title;
    }

    public CommandRejectedException() { }

    public CommandRejectedException(string message) : base(message) { }

    public CommandRejectedException(string message, Exception innerException) : base(message, innerException) { }

    [Id(0)]
    public Rejection Rejection { get; private set; }

    /// <summary>A short, stable summary of the problem (the problem+json title).</summary>
    [Id(1)]
    public string Title { get; private set; } = "Command rejected";
}
