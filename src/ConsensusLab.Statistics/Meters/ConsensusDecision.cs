using System.Collections.Immutable;

namespace ConsensusLab.Statistics;

/// <summary>The verdict a question's card shows, with the rule that decided it.</summary>
/// <param name="Verdict">The verdict shown.</param>
/// <param name="Rule">Which rule decided: the room's answers alone, or the room and every group compared.</param>
/// <param name="RoomVerdict">The Delphi criterion on the room's (weighted) answers alone.</param>
/// <param name="GroupsChecked">Groups compared (present, not withheld, stakeholder groups) with a verdict of their own.</param>
/// <param name="GroupsMeeting">Of those, the groups whose own answers meet the room's criterion (agree or disagree);
/// 0 when the room has no consensus.</param>
/// <param name="Holdouts">Codes of the groups checked that do not meet it, in the tally's order.</param>
public sealed record ConsensusDecision(
    ConsensusVerdict Verdict,
    VerdictRule Rule,
    ConsensusVerdict RoomVerdict,
    int GroupsChecked,
    int GroupsMeeting,
    ImmutableArray<string> Holdouts);
