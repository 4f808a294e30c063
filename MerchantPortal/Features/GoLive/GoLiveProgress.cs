using MerchantPortal.Infrastructure.Live;

namespace MerchantPortal.Features.GoLive;

/// <summary>Announces each step of a go-live run by its enrollment's id, so the step's page shows the checks as they happen.</summary>
public sealed class GoLiveProgress(ILogger<GoLiveProgress> logger) : CircuitBroadcast<Guid>(logger);
