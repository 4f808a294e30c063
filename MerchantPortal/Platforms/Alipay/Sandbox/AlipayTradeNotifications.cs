using MerchantPortal.Platforms.Signing;
using System.Security.Cryptography;
using System.Text;
using MerchantPortal.Data;
using MerchantPortal.Domain.Credentials;
using MerchantPortal.Features.Credentials;
using MerchantPortal.Platforms.Alipay.Protocol;
using MerchantPortal.Platforms.Sandbox;
using Microsoft.AspNetCore.DataProtection;

namespace MerchantPortal.Platforms.Alipay.Sandbox;

/// <summary>
/// Alipay's asynchronous trade notification (<c>notify_type=trade_status_sync</c>): the trade's state form-posted
/// to its <c>notify_url</c>, signed with the platform key over the sorted parameters without <c>sign</c> and
/// <c>sign_type</c>.
/// </summary>
public sealed class AlipayTradeNotifications(IDataProtectionProvider protection, TimeProvider clock)
{
    public const string ContentType = "application/x-www-form-urlencoded; charset=utf-8";

    private readonly IDataProtector protector = protection.CreateProtector(CredentialStore.ProtectorPurpose);

    /// <summary>Queues the notification in the caller's unit of work; a trade without a <c>notify_url</c> is not notified.</summary>
    public void Queue(PortalDbContext db, EnrollmentCredentials credentials, AlipaySandboxTrade trade, AlipaySandboxRefund? refund)
    {
        if (trade.NotifyUrl is null)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var parameters = Parameters(credentials, trade, refund, now);
        using var signer = AlipayKeys.PrivateKey(protector.Unprotect(credentials.Current(KeyRole.Platform, now)!.ProtectedPrivateKey!));
        parameters.Add(new("sign", Sha256WithRsa.Sign(AlipaySignContent.ForNotification(parameters, keepSignType: false), signer)));
        db.Add(SandboxCallback.Create(AlipayDefinition.Code, credentials.Id, trade.OutTradeNo, trade.NotifyUrl, ContentType, FormBody(parameters), now));
    }

    /// <summary>Alipay shows a buyer's account half hidden: <c>san***@example.com</c>.</summary>
    public static string MaskLogonId(string logonId) => logonId.Length <= 3 ? "***" : logonId[..3] + "***" + (logonId.IndexOf('@') is > 0 and var at ? logonId[at..] : "");

    /// <summary>Alipay's partner ids are 2088 and 12 digits; the sandbox's seller id is derived from the app id, so it stays the same.</summary>
    public static string SellerIdOf(string appId) => "2088" + (BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(appId))) % 1_000_000_000_000UL).ToString("D12");

    private static List<KeyValuePair<string, string?>> Parameters(EnrollmentCredentials credentials, AlipaySandboxTrade trade, AlipaySandboxRefund? refund, DateTime now)
    {
        var paid = trade.PaidAtUtc is null ? "0.00" : AlipayAmount.Format(trade.TotalAmount);
        return
        [
            new("notify_time", AlipayTime.Format(now)),
            new("notify_type", "trade_status_sync"),
            new("notify_id", Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))),
            new("app_id", credentials.AppId),
            new("auth_app_id", credentials.AppId),
            new("charset", "utf-8"),
            new("version", "1.0"),
            new("sign_type", AlipayRsa2.SignType),
            new("trade_no", trade.TradeNo),
            new("out_trade_no", trade.OutTradeNo),
            new("out_biz_no", refund?.OutRequestNo),
            new("buyer_id", trade.BuyerUserId),
            new("buyer_logon_id", trade.BuyerLogonId is null ? null : MaskLogonId(trade.BuyerLogonId)),
            new("seller_id", SellerIdOf(credentials.AppId)),
            new("trade_status", trade.Status.ToString()),
            new("total_amount", AlipayAmount.Format(trade.TotalAmount)),
            new("receipt_amount", paid),
            new("invoice_amount", paid),
            new("buyer_pay_amount", paid),
            new("point_amount", "0.00"),
            new("refund_fee", refund is null ? null : AlipayAmount.Format(trade.RefundedAmount)),
            new("subject", trade.Subject),
            new("gmt_create", AlipayTime.Format(trade.CreatedAtUtc)),
            new("gmt_payment", trade.PaidAtUtc is { } p ? AlipayTime.Format(p) : null),
            new("gmt_refund", refund is null ? null : AlipayTime.Format(refund.AtUtc)),
            new("gmt_close", trade.ClosedAtUtc is { } c ? AlipayTime.Format(c) : null),
            new("fund_bill_list", trade.PaidAtUtc is null ? null : $"[{{\"amount\":\"{paid}\",\"fundChannel\":\"ALIPAYACCOUNT\"}}]"),
        ];
    }

    private static string FormBody(IEnumerable<KeyValuePair<string, string?>> parameters) =>
        string.Join('&', parameters.Where(p => p.Value is not null).Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value!)}"));
}
