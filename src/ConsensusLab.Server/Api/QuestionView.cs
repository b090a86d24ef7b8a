using System.Collections.Immutable;
using ConsensusLab.Domain.Questions;

namespace ConsensusLab.Server.Api;

public sealed record QuestionView(
    string Id,
    QuestionKind Kind,
    string Prompt,
    ImmutableArray<string> Options,
    PositionAxis? Axis,
    QuestionStatus Status,
    int Round,
    int Respondents);
