namespace ConsensusLab.Storage;

/// <summary>
/// A version-checked write found another version in the store: another activation wrote first. The grain must
/// reload and re-evaluate, never retry blindly.
/// </summary>
public sealed class StateVersionConflictException : Exception
{
    public StateVersionConflictException(string grainType, string key, long expectedVersion)
        : base($"State of {grainType} '{key}' is no longer at version {expectedVersion}.")
    {
        GrainType = grainType;
        Key = key;
        ExpectedVersion = expectedVersion;
    }

    public StateVersionConflictException() { }

    public StateVersionConflictException(string message) : base(message) { }

    public StateVersionConflictException(string message, Exception innerException) : base(message, innerException) { }

    public string GrainType { get; } = "";
    public string Key { get; } = "";
    public long ExpectedVersion { get; }
}
