namespace MerchantPortal.Tests.Integration.Security;

/// <summary>Who asks, in the order of <see cref="RouteRule"/>'s columns.</summary>
public enum MatrixActor
{
    Anonymous,

    /// <summary>The owner of organization A, whose application, documents and keys fill the route parameters.</summary>
    ApplicantA,

    /// <summary>The owner of organization B: a tenant who must see nothing of A.</summary>
    ApplicantB,

    /// <summary>A reviewer signed in with their authenticator.</summary>
    Reviewer,

    /// <summary>An admin signed in with their authenticator.</summary>
    Admin,

    /// <summary>A reviewer (authenticator) who is also a member of organization A: the conflict of interest.</summary>
    StaffOfA,
}
