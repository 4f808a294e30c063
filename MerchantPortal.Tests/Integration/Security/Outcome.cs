namespace MerchantPortal.Tests.Integration.Security;

/// <summary>What a request came to, as the route matrix compares it.</summary>
public enum Outcome
{
    /// <summary>Expected only: the outcome is not compared (the row says why).</summary>
    Any,

    /// <summary>2xx.</summary>
    Ok,

    /// <summary>401, or a redirect to the sign-in page.</summary>
    SignIn,

    /// <summary>403, or a redirect to the access-denied page.</summary>
    Denied,

    /// <summary>Any other redirect (a role's own home page, enrolling an authenticator).</summary>
    Redirect,

    BadRequest,

    NotFound,

    MethodNotAllowed,

    Conflict,

    Gone,

    /// <summary>Anything else (a 500, a 429): never declared, always a failure.</summary>
    Unexpected,
}
