namespace MerchantPortal.Platforms.Alipay.Sandbox;

/// <summary>Ends a gateway request with the refusal it carries.</summary>
public sealed class AlipayGatewayException(AlipayGatewayError error) : Exception($"{error.SubCode}: {error.SubMsg}")
{
    public AlipayGatewayError Error { get; } = error;
}
