using MerchantPortal.Domain.Onboarding;

namespace MerchantPortal.Features.Dashboard;

/// <summary>Applications started in the period that reached <see cref="Stage"/> or went further.</summary>
public sealed record FunnelStep(FunnelStage Stage, int Applications);
