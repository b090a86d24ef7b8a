using System.Collections.Immutable;

namespace ConsensusLab.Reporting;

/// <summary>Krippendorff's alpha over Likert questions of one scale answered by the same participants.</summary>
/// <param name="Questions">The questions taken as units.</param>
/// <param name="Participants">Participants who answered at least one of them (the coders).</param>
public sealed record AgreementAcrossQuestions(ImmutableArray<string> Questions, int Participants, double? KrippendorffNominal, double? KrippendorffOrdinal);
