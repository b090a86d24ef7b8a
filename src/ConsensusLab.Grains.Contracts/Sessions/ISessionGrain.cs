using System.Collections.Immutable;
using ConsensusLab.Domain.Sessions;
using ConsensusLab.Grains.Live;
using ConsensusLab.Statistics;
using Orleans;
using Orleans.Concurrency;

namespace ConsensusLab.Grains.Sessions;

/// <summary>
/// One session (key: its join code): its definition, lifecycle, question order and default weighting, and the
/// announcer of its changes to the web processes that show it live.
/// </summary>
[Alias("consensuslab.ISessionGrain")]
public interface ISessionGrain : IGrainWithStringKey
{
    /// <summary>Creates the session and its questions, in draft, with the hashes of its access keys.</summary>
    [Alias("Create")]
    Task<SessionSnapshot> Create(SessionDefinition definition, SessionKeys keys);

    /// <summary>Replaces the access keys (the old links stop working).</summary>
    [Alias("ReplaceKeys")]
    Task<SessionSnapshot> ReplaceKeys(SessionKeys keys);

    /// <summary>The session, or null when no session has this code.</summary>
    [AlwaysInterleave, Alias("Get")]
    Task<SessionSnapshot?> Get();

    /// <summary>Adds invite codes (their hashes) for a group of the session's catalogue, each admitting <paramref name="uses"/> participants.</summary>
    [Alias("IssueInvites")]
    Task<SessionSnapshot> IssueInvites(string group, ImmutableArray<string> codeHashes, int uses);

    /// <summary>
    /// Uses an invite code once and returns its group: refused as invalid when no invite has the hash, and as a
    /// conflict when its uses are spent. One activation counts every use, so an invite admits no more than it may.
    /// </summary>
    [Alias("RedeemInvite")]
    Task<string> RedeemInvite(string codeHash);

    [Alias("Open")]
    Task<SessionSnapshot> Open();

    [Alias("Close")]
    Task<SessionSnapshot> Close();

    /// <summary>The weighting moderators see first; meters carry every scheme regardless.</summary>
    [Alias("SetWeighting")]
    Task<SessionSnapshot> SetWeighting(WeightingScheme scheme);

    /// <summary>
    /// Puts a question, the join screen or the automatic choice on the session's projectors; refused as invalid when
    /// the question is not the session's, or when a mode other than <see cref="ProjectorMode.Question"/> names one.
    /// </summary>
    [Alias("ShowOnProjector")]
    Task<SessionSnapshot> ShowOnProjector(ProjectorChoice choice);

    /// <summary>How "Other / prefer not to say" enters the weighted figures and the comparisons between groups.</summary>
    [Alias("SetOtherGroup")]
    Task<SessionSnapshot> SetOtherGroup(OtherGroupTreatment treatment);

    /// <summary>
    /// Sets the confidence level, Delphi rule and Esteban–Ray α of every figure; refused as invalid, changing nothing,
    /// when a value is out of range (<see cref="MeterSettings.Problems"/>). The live meters recompute at once.
    /// </summary>
    [Alias("SetMeterSettings")]
    Task<SessionSnapshot> SetMeterSettings(MeterSettings settings);

    /// <summary>
    /// Sets how the exports rake the respondent weights; refused as invalid, changing nothing, when a value is out of
    /// range or names an unknown category (<see cref="RakingSettings.Problems"/>). The live meters do not change.
    /// </summary>
    [Alias("SetRaking")]
    Task<SessionSnapshot> SetRaking(RakingSettings settings);

    /// <summary>Tells every subscribed web process that something in the session changed.</summary>
    [AlwaysInterleave, OneWay, Alias("Announce")]
    Task Announce(SessionChange change);

    /// <summary>Sends the session's changes to <paramref name="feed"/>; renew within <see cref="LiveSubscriptions.Expiry"/>.</summary>
    [AlwaysInterleave, Alias("Subscribe")]
    Task Subscribe(ILiveFeed feed);

    [AlwaysInterleave, Alias("Unsubscribe")]
    Task Unsubscribe(ILiveFeed feed);
}
