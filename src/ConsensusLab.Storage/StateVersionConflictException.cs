namespace ConsensusLab.Storage;

/// <summary>
/// A version-checked write found another version in the store: another activation wrote first. The grain must
/// reload and re-evaluate, never retry blindly.
/// </summary>
public sealed class StateVersionConflictException : Exception
{
    public StateVersionConflictException(string stateName, string grainId, long expectedVersion)
        : base($"State '{stateName}' of {grainId} is no longer at version {expectedVersion}.")
    {
        StateName = stateName;
        GrainId = grainId;
        ExpectedVersion = expectedVersion;
    }

    public StateVersionConflictException() { }

    public StateVersionConflictException(string message) : base(message) { }

    public StateVersionConflictException(string message, Exception innerException) : base(message, innerException) { }

    public string StateName { get; } = "";
    public string GrainId { get; } = "";
    public long ExpectedVersion { get; }
}
