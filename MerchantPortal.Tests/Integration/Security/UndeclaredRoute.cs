namespace MerchantPortal.Tests.Integration.Security;

/// <summary>A route the portal serves that the matrix does not declare, with what each actor got from it.</summary>
public sealed record UndeclaredRoute(string Key, IReadOnlyList<Observed> Answers)
{
    /// <summary>An anonymous visitor got a 2xx: nothing stands in front of the route.</summary>
    public bool Unprotected => Answers[(int)MatrixActor.Anonymous].Outcome == Outcome.Ok;

    /// <summary>The row that would declare the route as it answers today: to check, not to copy blindly.</summary>
    public string SuggestedRow => $"new(\"{Key}\", {string.Join(", ", Answers.Select(a => a.Outcome))}, \"why\"),";

    public override string ToString() =>
        $"{Key}{(Unprotected ? "  <- UNPROTECTED: an anonymous visitor gets " + Answers[0].Detail : "")}\n" +
        $"      as it answers now: {SuggestedRow}";
}
