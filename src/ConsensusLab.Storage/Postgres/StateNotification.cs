using System.Diagnostics.CodeAnalysis;

namespace ConsensusLab.Storage.Postgres;

/// <summary>A grain's state was written by a node (committed): other nodes' activations of it are stale.</summary>
/// <param name="GrainType">The state's grain type ("session", "question", "group").</param>
/// <param name="Key">The grain's key.</param>
/// <param name="Node">The writing node's id, so a node can ignore its own writes.</param>
public sealed record StateNotification(string GrainType, string Key, string Node)
{
    /// <summary>Parses <c>type|key|node</c>; keys contain no '|'.</summary>
    internal static bool TryParse(string payload, [NotNullWhen(true)] out StateNotification? notification)
    {
        var parts = payload.Split('|');
        notification = parts.Length == 3 && parts.All(p => p.Length > 0) ? new StateNotification(parts[0], parts[1], parts[2]) : null;
        return notification is not null;
    }
}
