namespace MerchantPortal.Domain.Review;

/// <summary>
/// One piece of a finding's evidence: a name, a date or a code, and where it needs one, the name of the enum
/// value that says what it is (the other application's state, the document's kind), translated when shown.
/// </summary>
public sealed record RiskEvidence(string Text, string? Tag = null);
