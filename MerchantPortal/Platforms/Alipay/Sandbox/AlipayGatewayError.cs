namespace MerchantPortal.Platforms.Alipay.Sandbox;

/// <summary>
/// An Alipay OpenAPI refusal as published: a public <c>code</c>/<c>msg</c> pair and the precise
/// <c>sub_code</c>/<c>sub_msg</c> that says what to fix.
/// </summary>
public sealed record AlipayGatewayError(string Code, string Msg, string SubCode, string SubMsg)
{
    public static AlipayGatewayError Missing(string subCode, string subMsg) => new("40001", "Missing Required Arguments", subCode, subMsg);

    public static AlipayGatewayError Invalid(string subCode, string subMsg) => new("40002", "Invalid Arguments", subCode, subMsg);

    public static AlipayGatewayError Business(string subCode, string subMsg) => new("40004", "Business Failed", subCode, subMsg);

    public static AlipayGatewayError TradeNotExist() => Business("ACQ.TRADE_NOT_EXIST", "交易不存在");

    public static AlipayGatewayError InvalidParameter(string subMsg) => Business("ACQ.INVALID_PARAMETER", subMsg);

    public static AlipayGatewayError TradeStatus(string subMsg) => Business("ACQ.TRADE_STATUS_ERROR", subMsg);
}
