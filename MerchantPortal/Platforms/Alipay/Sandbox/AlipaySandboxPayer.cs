using MerchantPortal.Data;
using MerchantPortal.Platforms.Sandbox;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Platforms.Alipay.Sandbox;

/// <summary>The simulated buyer at Alipay: the QR code a precreate returned leads here; paying succeeds unless the amount says otherwise.</summary>
public sealed class AlipaySandboxPayer(IDbContextFactory<PortalDbContext> dbFactory, AlipaySandboxTrades trades) : ISandboxPayer
{
    public bool Recognizes(string code) => code.Contains(AlipaySandboxEndpoints.QrPath + "/", StringComparison.Ordinal);

    public async Task<SandboxOrder?> FindAsync(string code)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var tradeNo = TradeNoOf(code);
        var found = await (from t in db.Set<AlipaySandboxTrade>()
                           join c in db.Credentials on t.CredentialsId equals c.Id
                           where t.TradeNo == tradeNo
                           select new { t.Subject, t.TotalAmount, c.AppId, t.Status }).SingleOrDefaultAsync();
        return found is null
            ? null
            : new SandboxOrder(AlipayDefinition.Code, found.Subject, (int)(found.TotalAmount * 100), found.AppId, found.Status == AlipayTradeStatus.WAIT_BUYER_PAY, found.Status.ToString());
    }

    public async Task<SandboxPaymentOutcome?> PayAsync(string code)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var tradeNo = TradeNoOf(code);
        if (await db.Set<AlipaySandboxTrade>().SingleOrDefaultAsync(t => t.TradeNo == tradeNo) is not { } trade)
        {
            return null;
        }

        if (trade.Status != AlipayTradeStatus.WAIT_BUYER_PAY)
        {
            return SandboxPaymentOutcome.NotPayable;
        }

        // A declined payment leaves an Alipay trade waiting, as at Alipay; so does a buyer who walks away.
        var outcome = SandboxTestAmounts.PaymentOutcome((int)(trade.TotalAmount * 100));
        if (outcome == SandboxPaymentOutcome.Paid)
        {
            var credentials = await db.Credentials.Include(c => c.Keys).SingleAsync(c => c.Id == trade.CredentialsId);
            await trades.PayAsync(db, trade, credentials);
        }

        return outcome;
    }

    private static string TradeNoOf(string code) => code.TrimEnd('/')[(code.TrimEnd('/').LastIndexOf('/') + 1)..];
}
