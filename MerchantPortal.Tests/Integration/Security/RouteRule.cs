namespace MerchantPortal.Tests.Integration.Security;

/// <summary>
/// One row of the route matrix: a method and route pattern (as the endpoint reports it) and the outcome each actor
/// must get. POSTs carry the actor's antiforgery token and a body no handler accepts, so the outcome is the
/// authorization's, never a real action.
/// </summary>
public sealed record RouteRule(string Key, Outcome Anonymous, Outcome ApplicantA, Outcome ApplicantB, Outcome Reviewer,
    Outcome Admin, Outcome StaffOfA, string? Why = null)
{
    /// <summary>False for a request the token would turn into a real effect (signing the actor out).</summary>
    public bool SendsAntiforgeryToken { get; init; } = true;

    /// <summary>A query for a page that takes its subject from one, e.g. <c>application={applicationId}</c>.</summary>
    public string? Query { get; init; }

    public Outcome Expected(MatrixActor actor) => actor switch
    {
        MatrixActor.Anonymous => Anonymous,
        MatrixActor.ApplicantA => ApplicantA,
        MatrixActor.ApplicantB => ApplicantB,
        MatrixActor.Reviewer => Reviewer,
        MatrixActor.Admin => Admin,
        MatrixActor.StaffOfA => StaffOfA,
        _ => throw new ArgumentOutOfRangeException(nameof(actor)),
    };
}
