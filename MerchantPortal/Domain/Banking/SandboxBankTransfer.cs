namespace MerchantPortal.Domain.Banking;

/// <summary>A line of the sandbox bank's statement: what the applicant would see in their own bank app.</summary>
public sealed class SandboxBankTransfer
{
    private SandboxBankTransfer()
    {
    }

    public SandboxBankTransfer(Guid applicationId, string accountMasked, int amountFen, string reference, DateTime atUtc)
    {
        Id = Guid.NewGuid();
        ApplicationId = applicationId;
        AccountMasked = accountMasked;
        AmountFen = amountFen;
        Reference = reference;
        AtUtc = atUtc;
    }

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    public string AccountMasked { get; private set; } = "";

    public int AmountFen { get; private set; }

    public string Reference { get; private set; } = "";

    public DateTime AtUtc { get; private set; }
}
