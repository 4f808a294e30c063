using MerchantPortal.Domain.Enrollments;
using MerchantPortal.Domain.GoLiveRuns;
using MerchantPortal.Domain.Platforms;

namespace MerchantPortal.Features.GoLive;

/// <summary>The wizard's "Go-live tests" step: per enrollment, what a run would do, the latest run, the agreement and the request.</summary>
public sealed record GoLiveView(Guid ApplicationId, bool ApplicationApproved, IReadOnlyList<GoLiveView.Platform> Platforms)
{
    /// <param name="Unready">Why a run cannot start yet, a DomainErrors code; null when it can.</param>
    /// <param name="NextMode">Who would make the requests of a run started now.</param>
    /// <param name="Acceptance">The acceptance of the current agreement version, if given.</param>
    public sealed record Platform(Guid EnrollmentId, string PlatformCode, LocalizedText Name, EnrollmentState State, Guid Version, string? Unready,
        GoLiveRunMode NextMode, string? NotifyUrl, GoLiveRun? LatestRun, AgreementAcceptance? Acceptance, LocalizedText FeeRate, string? LiveAppId, string? LiveMerchantId)
    {
        public bool CanStartRun => Unready is null && EnrollmentWorkflow.AcceptsTestRuns(State) && LatestRun?.IsRunning != true;

        public bool CanAccept => EnrollmentWorkflow.AcceptsTestRuns(State);
    }

    public bool CanRequestGoLive(Platform platform) =>
        ApplicationApproved && platform.State == EnrollmentState.TestsPassed && platform.LatestRun?.Green == true && platform.Acceptance is not null;
}
