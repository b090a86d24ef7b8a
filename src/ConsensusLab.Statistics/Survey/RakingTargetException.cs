namespace ConsensusLab.Statistics;

/// <summary>Raking refused: a margin's target cannot be met by reweighting the respondents there are.</summary>
public sealed class RakingTargetException : Exception
{
    /// <summary>A refusal naming the margin and the category at fault.</summary>
    public RakingTargetException(RespondentTrait margin, string category, string reason)
        : base($"Cannot rake to the {margin} margin: category '{category}' {reason}.")
    {
        Margin = margin;
        Category = category;
    }

    public RakingTargetException()
    {
        Category = string.Empty;
    }

    public RakingTargetException(string message)
        : base(message)
    {
        Category = string.Empty;
    }

    public RakingTargetException(string message, Exception innerException)
        : base(message, innerException)
    {
        Category = string.Empty;
    }

    /// <summary>The margin whose target cannot be met.</summary>
    public RespondentTrait Margin { get; }

    /// <summary>The category at fault.</summary>
    public string Category { get; }
}
