namespace MerchantPortal.Platforms.Sandbox;

/// <summary>
/// One request a sandbox gateway received for a merchant it could identify (by app id or mchid): the request log
/// that tells a merchant, before go-live, what their server did and — for every refusal — why.
/// </summary>
public sealed class SandboxRequest
{
    public const int MaxEndpointLength = 200;
    public const int MaxReasonLength = 2000;
    public const int MaxSubjectLength = 64;

    private SandboxRequest()
    {
    }

    public SandboxRequest(Guid credentialsId, string endpoint, string? subject, bool accepted, string result, SandboxReason? reason, string? detail, DateTime atUtc)
    {
        CredentialsId = credentialsId;
        Endpoint = endpoint.Length <= MaxEndpointLength ? endpoint : endpoint[..MaxEndpointLength];
        Subject = subject is { Length: > 0 and <= MaxSubjectLength } ? subject : null;
        Accepted = accepted;
        Result = result;
        ReasonCode = reason?.Code;
        ReasonArgs = reason is null ? null : Cut(System.Text.Json.JsonSerializer.Serialize(reason.Args));
        Detail = detail is null ? null : Cut(detail);
        AtUtc = atUtc;
    }

    public long Id { get; private set; }

    public Guid CredentialsId { get; private set; }

    public DateTime AtUtc { get; private set; }

    /// <summary>The method (<c>alipay.trade.query</c>) or verb and path (<c>POST /v3/pay/transactions/native</c>).</summary>
    public string Endpoint { get; private set; } = "";

    /// <summary>The merchant's order number the request was about, where it names one.</summary>
    public string? Subject { get; private set; }

    /// <summary>Whether the request got past authentication (its answer may still be a business error).</summary>
    public bool Accepted { get; private set; }

    /// <summary>The answer's code: <c>10000</c>, <c>40002 isv.invalid-signature</c>, <c>401 SIGN_ERROR</c>, …</summary>
    public string Result { get; private set; } = "";

    /// <summary>For a refusal the sandbox could explain, what was wrong (<see cref="SandboxReason"/>).</summary>
    public string? ReasonCode { get; private set; }

    /// <summary>The reason's arguments, a JSON array of strings.</summary>
    public string? ReasonArgs { get; private set; }

    /// <summary>The platform's own words for the answer (Alipay's <c>sub_msg</c>, WeChat Pay's <c>message</c>).</summary>
    public string? Detail { get; private set; }

    public SandboxReason? Reason => ReasonCode is null ? null : new SandboxReason(ReasonCode, System.Text.Json.JsonSerializer.Deserialize<string[]>(ReasonArgs ?? "[]") ?? []);

    // A JSON array cut short would not read back; arguments are short, so only a detail is ever this long.
    private static string Cut(string text) => text.Length <= MaxReasonLength ? text : text[..MaxReasonLength];
}
