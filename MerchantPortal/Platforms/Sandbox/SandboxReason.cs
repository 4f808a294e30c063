namespace MerchantPortal.Platforms.Sandbox;

/// <summary>
/// Why the sandbox refused a request, as a code and its arguments, so the request log reads in the reader's language
/// (resource <c>SandboxText.Reason_{Code}</c>).
/// </summary>
public sealed record SandboxReason(string Code, params string[] Args)
{
    public const string RetiredKey = nameof(RetiredKey);
    public const string SignTypeOmitted = nameof(SignTypeOmitted);
    public const string ParameterNotSigned = nameof(ParameterNotSigned);
    public const string ParameterEncoded = nameof(ParameterEncoded);
    public const string KeyMismatch = nameof(KeyMismatch);
    public const string QueryNotSigned = nameof(QueryNotSigned);
    public const string PrefixNotSigned = nameof(PrefixNotSigned);
    public const string BodyNotSigned = nameof(BodyNotSigned);
    public const string FinalNewlineMissing = nameof(FinalNewlineMissing);
    public const string TimestampOld = nameof(TimestampOld);
    public const string TimestampAhead = nameof(TimestampAhead);
    public const string SerialRetired = nameof(SerialRetired);
    public const string SerialUnknown = nameof(SerialUnknown);

    /// <summary>A timestamp <paramref name="skewMinutes"/> off (positive: in the past), outside a window of <paramref name="windowMinutes"/>.</summary>
    public static SandboxReason Timestamp(long skewMinutes, int windowMinutes) =>
        skewMinutes >= 0 ? new(TimestampOld, $"{skewMinutes}", $"{windowMinutes}") : new(TimestampAhead, $"{-skewMinutes}", $"{windowMinutes}");
}
