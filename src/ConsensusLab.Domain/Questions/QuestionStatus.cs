namespace ConsensusLab.Domain.Questions;

/// <summary>A question takes answers only while open; the moderator opens and closes it.</summary>
public enum QuestionStatus
{
    Pending,
    Open,
    Closed,
}
