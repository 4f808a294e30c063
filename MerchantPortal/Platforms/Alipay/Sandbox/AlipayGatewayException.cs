using MerchantPortal.Platforms.Sandbox;
namespace MerchantPortal.Platforms.Alipay.Sandbox;

/// <summary>Ends a gateway request with the refusal it carries.</summary>
public sealed class AlipayGatewayException(AlipayGatewayError error, SandboxReason? reason = null) : Exception($"{error.SubCode}: {error.SubMsg}")
{
    public AlipayGatewayError Error { get; } = error;

    /// <summary>For the request log, where the sandbox can say more than Alipay's words.</summary>
    public SandboxReason? Reason { get; } = reason;
}
