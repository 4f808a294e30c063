using MerchantPortal.Data;
using MerchantPortal.Platforms.Sandbox;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Platforms.WeChatPay.Sandbox;

/// <summary>The simulated buyer at WeChat Pay: it "scans" a <c>code_url</c>; paying succeeds unless the amount says otherwise.</summary>
public sealed class WeChatPaySandboxPayer(IDbContextFactory<PortalDbContext> dbFactory, WeChatPaySandboxOrders orders) : ISandboxPayer
{
    public bool Recognizes(string code) => code.StartsWith(WeChatPaySandboxEndpoints.CodeUrlPrefix, StringComparison.Ordinal);

    public async Task<SandboxOrder?> FindAsync(string code)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var token = TokenOf(code);
        var found = await db.Set<WeChatPaySandboxTransaction>().AsNoTracking().SingleOrDefaultAsync(t => t.CodeToken == token);
        return found is null
            ? null
            : new SandboxOrder(WeChatPayDefinition.Code, found.Description, found.Total, found.AppId, found.TradeState == WeChatPayTradeState.NOTPAY, found.TradeState.ToString());
    }

    public async Task<SandboxPaymentOutcome?> PayAsync(string code)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var token = TokenOf(code);
        if (await db.Set<WeChatPaySandboxTransaction>().SingleOrDefaultAsync(t => t.CodeToken == token) is not { } transaction)
        {
            return null;
        }

        if (transaction.TradeState != WeChatPayTradeState.NOTPAY)
        {
            return SandboxPaymentOutcome.NotPayable;
        }

        var outcome = SandboxTestAmounts.PaymentOutcome(transaction.Total);
        switch (outcome)
        {
            case SandboxPaymentOutcome.Paid:
                var credentials = await db.Credentials.Include(c => c.Keys).SingleAsync(c => c.Id == transaction.CredentialsId);
                await orders.PayAsync(db, transaction, credentials);
                break;
            case SandboxPaymentOutcome.Declined:
                transaction.PaymentFailed();
                await db.SaveChangesAsync();
                break;
        }

        return outcome;
    }

    private static string TokenOf(string code) => code[WeChatPaySandboxEndpoints.CodeUrlPrefix.Length..];
}
