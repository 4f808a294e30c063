using static MerchantPortal.Tests.Integration.Security.Outcome;

namespace MerchantPortal.Tests.Integration.Security;

/// <summary>
/// The declared answer of every route to every actor: one row per route, "METHOD pattern" exactly as the endpoint
/// reports it, then anonymous, applicant of A, applicant of B, reviewer, admin, staff member of A. Parameters are
/// A's ids (and a row's query, when the page reads one). <see cref="Page"/> declares a Razor page's GET and POST,
/// <see cref="All"/> a route that answers everyone alike.
/// </summary>
public static class RouteMatrix
{
    private const string Public = "public by design";

    public static readonly IReadOnlyList<RouteRule> Rules =
    [
        // Home: applicants see theirs; staff are sent to the queue or the dashboard.
        .. Page("/",                                      Ok, Ok, Ok, Redirect, Redirect, Redirect),
        .. Page("/Error",                                 Ok, Ok, Ok, Ok, Ok, Ok),
        .. Page("/not-found",                             Ok, Ok, Ok, Ok, Ok, Ok),
        .. Page("/setup",                                 Ok, Ok, Ok, Ok, Ok, Ok, "its one-time token is the key"),
        .. Page("/invitations/accept",                    Ok, Ok, Ok, Ok, Ok, Ok, "its token is the key"),
        .. Page("/verify/dossier/{DossierId:guid}",       Ok, Ok, Ok, Ok, Ok, Ok, "says only: genuine or not"),
        .. Page("/sandbox/buyer",                         Ok, Ok, Ok, Ok, Ok, Ok, "the sandbox's simulated buyer"),
        .. Page("/sandbox/alipay/qr/{TradeNo}",           Ok, Ok, Ok, Ok, Ok, Ok, "the sandbox's simulated buyer"),

        // Identity: the sign-in and recovery pages are public; the second step needs a first one.
        .. Page("/Account/Login",                         Ok, Ok, Ok, Ok, Ok, Ok, Public),
        All("GET /Account/LoginWith2fa",                  SignIn, "no password step pending"),
        All("POST /Account/LoginWith2fa",                 BadRequest),
        All("GET /Account/LoginWithRecoveryCode",         SignIn, "no password step pending"),
        All("POST /Account/LoginWithRecoveryCode",        BadRequest),
        .. Page("/Account/Register",                      Ok, Ok, Ok, Ok, Ok, Ok, Public),
        .. Page("/Account/RegisterConfirmation",          Ok, Ok, Ok, Ok, Ok, Ok, Public),
        .. Page("/Account/ConfirmEmail",                  Ok, Ok, Ok, Ok, Ok, Ok, "its emailed code is the key"),
        .. Page("/Account/ConfirmEmailChange",            Ok, Ok, Ok, Ok, Ok, Ok, "its emailed code is the key"),
        .. Page("/Account/ResendEmailConfirmation",       Ok, Ok, Ok, Ok, Ok, Ok, Public),
        .. Page("/Account/ForgotPassword",                Ok, Ok, Ok, Ok, Ok, Ok, Public),
        .. Page("/Account/ForgotPasswordConfirmation",    Ok, Ok, Ok, Ok, Ok, Ok, Public),
        .. Page("/Account/ResetPassword",                 Redirect, Redirect, Redirect, Redirect, Redirect, Redirect,
            "no code: the invalid-link page"),
        .. Page("/Account/ResetPasswordConfirmation",     Ok, Ok, Ok, Ok, Ok, Ok, Public),
        .. Page("/Account/InvalidPasswordReset",          Ok, Ok, Ok, Ok, Ok, Ok, Public),
        .. Page("/Account/InvalidUser",                   Ok, Ok, Ok, Ok, Ok, Ok, Public),
        .. Page("/Account/AccessDenied",                  Ok, Ok, Ok, Ok, Ok, Ok, Public),
        .. Page("/Account/AcceptInvitation",              Ok, Ok, Ok, Ok, Ok, Ok, "its token is the key"),
        .. Page("/Account/Manage",                        SignIn, Ok, Ok, Ok, Ok, Ok),
        .. Page("/Account/Manage/ChangePassword",         SignIn, Ok, Ok, Ok, Ok, Ok),
        .. Page("/Account/Manage/Email",                  SignIn, Ok, Ok, Ok, Ok, Ok),
        .. Page("/Account/Manage/TwoFactorAuthentication", SignIn, Ok, Ok, Ok, Ok, Ok),
        .. Page("/Account/Manage/EnableAuthenticator",    SignIn, Ok, Ok, Ok, Ok, Ok),
        .. Page("/Account/Manage/ResetAuthenticator",     SignIn, Ok, Ok, Ok, Ok, Ok),
        .. Page("/Account/Manage/GenerateRecoveryCodes",  SignIn, Redirect, Redirect, Ok, Ok, Ok, "needs 2FA on"),
        .. Page("/Account/Manage/Disable2fa",             SignIn, Redirect, Redirect, Redirect, Redirect, Redirect,
            "staff may not"),
        // Signing out with a token would end the actor's session mid-matrix: asked without one, refused.
        All("POST /Account/Logout",                       BadRequest, "anyone may sign out")
            with { SendsAntiforgeryToken = false },

        // Applicants: their own organization only; B asks for A's and gets "not found".
        .. Page("/onboarding",                            SignIn, Ok, Ok, Denied, Denied, Denied),
        .. Page("/organizations/{OrganizationId:guid}/onboarding", SignIn, Ok, NotFound, Denied, Denied, Denied),
        .. Page("/organizations/{OrganizationId:guid}/members", SignIn, Ok, NotFound, Denied, Denied, Denied),
        .. Page("/sandbox/bank",                          SignIn, Ok, NotFound, Denied, Denied, Denied,
            query: "application={applicationId}"),
        .. Page("/notifications",                         SignIn, Ok, Ok, Ok, Ok, Ok),
        new("GET /api/organizations/{organizationId:guid}/members.csv", SignIn, Ok, NotFound, Denied, Denied, Denied),
        new("POST /api/applications/{applicationId:guid}/documents/{kind}",
                                                          SignIn, Conflict, NotFound, Denied, Denied, Denied,
            "A's documents are locked while in review; B's upload to A's application is not found"),
        new("POST /api/credentials/keys/{keyId:guid}/private-key", SignIn, Gone, NotFound, Denied, Denied, Denied,
            "A already took it"),
        // Files: A's members (the staff member of A is one, reading as a member) and staff; B gets "not found".
        new("GET /api/documents/{documentId:guid}",       SignIn, Ok, NotFound, Ok, Ok, Ok, "staff reads are audited"),
        new("GET /api/message-attachments/{attachmentId:guid}", SignIn, Ok, NotFound, Ok, Ok, Ok),
        new("GET /api/antiforgery",                       SignIn, Ok, Ok, Ok, Ok, Ok),

        // Staff: two factors; never the case of their own organization.
        .. Page("/review",                                SignIn, Denied, Denied, Ok, Ok, Ok),
        .. Page("/review/cases/{ApplicationId:guid}",     SignIn, Denied, Denied, Ok, Ok, NotFound),
        .. Page("/audit",                                 SignIn, Denied, Denied, Ok, Ok, Ok),
        new("GET /api/audit.csv",                         SignIn, Denied, Denied, Ok, Ok, Ok),
        new("GET /api/reports/dossier/{applicationId:guid}.pdf",
                                                          SignIn, NotFound, NotFound, Conflict, Conflict, NotFound,
            "A's case is not decided yet"),
        .. Page("/admin",                                 SignIn, Denied, Denied, Denied, Ok, Denied),
        .. Page("/admin/applications",                    SignIn, Denied, Denied, Denied, Ok, Denied),
        .. Page("/admin/catalogue",                       SignIn, Denied, Denied, Denied, Ok, Denied),
        .. Page("/admin/settings",                        SignIn, Denied, Denied, Denied, Ok, Denied),
        .. Page("/admin/users",                           SignIn, Denied, Denied, Denied, Ok, Denied),
        new("GET /api/dashboard/applications.csv",        SignIn, Denied, Denied, Denied, Ok, Denied),
        new("GET /api/dashboard/decisions.csv",           SignIn, Denied, Denied, Denied, Ok, Denied),
        new("GET /api/dashboard/period.pdf",              SignIn, Denied, Denied, Denied, Any, Denied,
            "admin: 503 where no CJK font is installed"),

        // Anonymous by design, authenticated by what they carry (a platform signature, a dossier's code).
        All("POST /api/verify/dossier/{dossierId:guid}",  NotFound, "unknown dossier"),
        All("GET /sandbox/alipay/gateway.do",             Ok, "refusals in a signed body"),
        All("POST /sandbox/alipay/gateway.do",            Ok, "refusals in a signed body"),
        All("GET /sandbox/wechatpay/v3/{**route}",        SignIn, "unsigned"),
        All("POST /sandbox/wechatpay/v3/{**route}",       SignIn, "unsigned"),
        All("PUT /sandbox/wechatpay/v3/{**route}",        SignIn, "unsigned"),
        All("PATCH /sandbox/wechatpay/v3/{**route}",      SignIn, "unsigned"),
        All("DELETE /sandbox/wechatpay/v3/{**route}",     SignIn, "unsigned"),
        All("POST /sample-merchant/alipay/{appId}",       NotFound, "unknown app"),
        All("POST /sample-merchant/wechatpay/{mchId}",    NotFound, "unknown merchant"),
        All("GET /culture/set",                           NotFound, "no culture: 400, shown as the not-found page"),

        // Blazor's own endpoints and the development-time fallback of the static assets.
        All("GET /_blazor",                               BadRequest),
        All("GET /_blazor/negotiate",                     MethodNotAllowed),
        All("GET /_blazor/disconnect/",                   NotFound),
        All("GET /_blazor/initializers/",                 Ok, Public),
        All("GET /_framework/opaque-redirect",            NotFound),
        All("GET {**path:file}",                          NotFound, "no such file"),
        All("HEAD {**path:file}",                         NotFound, "no such file"),
    ];

    /// <summary>
    /// A page's GET as given, and its POST: a POST carries no form name, so where the GET would render or redirect,
    /// the POST is a bad request; the sign-in and access-denied answers come before that and stay.
    /// </summary>
    private static RouteRule[] Page(string pattern, Outcome anonymous, Outcome applicantA, Outcome applicantB,
        Outcome reviewer, Outcome admin, Outcome staffOfA, string? why = null, string? query = null) =>
    [
        new($"GET {pattern}", anonymous, applicantA, applicantB, reviewer, admin, staffOfA, why) { Query = query },
        new($"POST {pattern}", Post(anonymous), Post(applicantA), Post(applicantB), Post(reviewer), Post(admin),
            Post(staffOfA), why) { Query = query },
    ];

    private static Outcome Post(Outcome get) => get is SignIn or Denied or Any ? get : BadRequest;

    /// <summary>A route that answers every actor alike.</summary>
    private static RouteRule All(string key, Outcome outcome, string? why = null) =>
        new(key, outcome, outcome, outcome, outcome, outcome, outcome, why);
}
