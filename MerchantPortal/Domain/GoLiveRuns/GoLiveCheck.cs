using System.Text.Json;

namespace MerchantPortal.Domain.GoLiveRuns;

/// <summary>One check of a run, in the order it runs, with what it found and its log.</summary>
public sealed class GoLiveCheck
{
    public const int MaxLogLength = 4000;

    private GoLiveCheck()
    {
    }

    internal GoLiveCheck(Guid runId, int position, GoLiveCheckKind kind)
    {
        RunId = runId;
        Position = position;
        Kind = kind;
    }

    public long Id { get; private set; }

    public Guid RunId { get; private set; }

    public int Position { get; private set; }

    public GoLiveCheckKind Kind { get; private set; }

    public GoLiveCheckStatus Status { get; private set; }

    public string? FindingCode { get; private set; }

    /// <summary>The finding's arguments, a JSON array of strings.</summary>
    public string? FindingArgs { get; private set; }

    /// <summary>What was sent and received, for the merchant to compare with their own logs.</summary>
    public string? Log { get; private set; }

    public DateTime? FinishedAtUtc { get; private set; }

    public bool IsServerCheck => Kind is GoLiveCheckKind.ServerAcknowledges or GoLiveCheckKind.ServerRefusesForgery;

    public GoLiveFinding? Finding => FindingCode is null ? null : new GoLiveFinding(FindingCode, JsonSerializer.Deserialize<string[]>(FindingArgs ?? "[]") ?? []);

    internal void Begin() => Status = GoLiveCheckStatus.Running;

    internal void End(GoLiveCheckStatus status, GoLiveFinding? finding, string? log, DateTime nowUtc)
    {
        Status = status;
        FindingCode = finding?.Code;
        FindingArgs = finding is null ? null : JsonSerializer.Serialize(finding.Args.Select(GoLiveFinding.Quote));
        Log = log is null ? null : log.Length <= MaxLogLength ? log : log[..MaxLogLength] + "…";
        FinishedAtUtc = nowUtc;
    }
}
