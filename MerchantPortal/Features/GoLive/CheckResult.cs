using MerchantPortal.Domain.GoLiveRuns;

namespace MerchantPortal.Features.GoLive;

/// <summary>What one check concluded, with the lines of its log.</summary>
public sealed record CheckResult(GoLiveFinding? Finding, string Log)
{
    public bool Passed => Finding is null;

    public static CheckResult Pass(string log) => new(null, log);

    public static CheckResult Fail(GoLiveFinding finding, string log) => new(finding, log);
}
