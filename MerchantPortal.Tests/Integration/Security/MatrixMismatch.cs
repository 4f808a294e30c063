namespace MerchantPortal.Tests.Integration.Security;

/// <summary>A declared route that answered an actor otherwise than the table says.</summary>
public sealed record MatrixMismatch(string Key, MatrixActor Actor, string Request, Outcome Expected, Observed Actual)
{
    public override string ToString() => $"{Key} as {Actor} ({Request}): expected {Expected}, actual {Actual}";
}
