using static MerchantPortal.Domain.GoLiveRuns.GoLiveCheckKind;

namespace MerchantPortal.Domain.GoLiveRuns;

/// <summary>
/// One go-live test run of an enrollment: its checks in order, each passed, failed or skipped, and the verdict.
/// A run is green only when every check passed — the merchant's side (the portal-run or the merchant's own
/// requests) and the merchant's notify URL alike.
/// </summary>
public sealed class GoLiveRun
{
    private static readonly GoLiveCheckKind[] PortalRunChecks =
        [CreateOrder, SimulatedPayment, NotificationVerified, QueryShowsPaid, PartialRefund, CloseUnpaid, ForgedNotificationRejected, ReplayHandledOnce,
         WrongKeyRefused, ServerAcknowledges, ServerRefusesForgery];

    private static readonly GoLiveCheckKind[] MerchantRequestChecks =
        [MerchantCreatesOrder, SimulatedPayment, MerchantQueriesPaid, MerchantRefunds, MerchantCloses, ServerAcknowledges, ServerRefusesForgery];

    private readonly List<GoLiveCheck> _checks = [];

    private GoLiveRun()
    {
    }

    public Guid Id { get; private set; }

    public Guid EnrollmentId { get; private set; }

    public GoLiveRunMode Mode { get; private set; }

    public string StartedByUserId { get; private set; } = "";

    public DateTime StartedAtUtc { get; private set; }

    /// <summary>Until when the merchant's own requests are awaited; the portal-run needs no window.</summary>
    public DateTime? WindowEndsAtUtc { get; private set; }

    public DateTime? FinishedAtUtc { get; private set; }

    /// <summary>Null while running.</summary>
    public bool? Green { get; private set; }

    public IReadOnlyList<GoLiveCheck> Checks => _checks;

    public bool IsRunning => FinishedAtUtc is null;

    public static GoLiveRun Start(Guid enrollmentId, GoLiveRunMode mode, string userId, DateTime nowUtc, TimeSpan merchantWindow)
    {
        var run = new GoLiveRun
        {
            Id = Guid.NewGuid(),
            EnrollmentId = enrollmentId,
            Mode = mode,
            StartedByUserId = userId,
            StartedAtUtc = nowUtc,
            WindowEndsAtUtc = mode == GoLiveRunMode.MerchantRequests ? nowUtc + merchantWindow : null,
        };
        var kinds = mode == GoLiveRunMode.PortalRun ? PortalRunChecks : MerchantRequestChecks;
        run._checks.AddRange(kinds.Select((kind, i) => new GoLiveCheck(run.Id, i, kind)));
        return run;
    }

    public GoLiveCheck Check(GoLiveCheckKind kind) => _checks.Single(c => c.Kind == kind);

    public void Begin(GoLiveCheckKind kind) => Open(kind).Begin();

    public void Pass(GoLiveCheckKind kind, DateTime nowUtc, string? log = null) => Open(kind).End(GoLiveCheckStatus.Passed, null, log, nowUtc);

    public void Fail(GoLiveCheckKind kind, GoLiveFinding finding, DateTime nowUtc, string? log = null) => Open(kind).End(GoLiveCheckStatus.Failed, finding, log, nowUtc);

    /// <summary>A check that could not run because <paramref name="finding"/> says why (an earlier failure, the end of the window).</summary>
    public void Skip(GoLiveCheckKind kind, GoLiveFinding finding, DateTime nowUtc) => Open(kind).End(GoLiveCheckStatus.Skipped, finding, null, nowUtc);

    /// <summary>Ends the run: what did not run is skipped, and the run is green when every check passed.</summary>
    public void Finish(DateTime nowUtc, GoLiveFinding? whyUnfinished = null)
    {
        if (!IsRunning)
        {
            return;
        }

        foreach (var check in _checks.Where(c => c.Status is GoLiveCheckStatus.Pending or GoLiveCheckStatus.Running))
        {
            check.End(GoLiveCheckStatus.Skipped, whyUnfinished ?? new GoLiveFinding("NotReached"), null, nowUtc);
        }

        FinishedAtUtc = nowUtc;
        Green = _checks.All(c => c.Status == GoLiveCheckStatus.Passed);
    }

    private GoLiveCheck Open(GoLiveCheckKind kind)
    {
        var check = Check(kind);
        if (!IsRunning || check.Status is not (GoLiveCheckStatus.Pending or GoLiveCheckStatus.Running))
        {
            throw new InvalidOperationException($"Check {kind} of run {Id} has already ended.");
        }

        return check;
    }
}
