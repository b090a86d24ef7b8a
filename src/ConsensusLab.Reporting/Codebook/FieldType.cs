namespace ConsensusLab.Reporting;

/// <summary>The Table Schema types the export uses, named in datapackage.json as Frictionless spells them (lower case).</summary>
internal enum FieldType
{
    String,
    Integer,
    Number,
    Boolean,
    Datetime,
    Date,
}
