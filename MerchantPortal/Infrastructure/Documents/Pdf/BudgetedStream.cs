namespace MerchantPortal.Infrastructure.Documents.Pdf;

/// <summary>Counts what a decoder produces and stops it at its stream limit and at the file's budget.</summary>
internal sealed class BudgetedStream(Stream inner, PdfBudget budget, long limit, bool charge) : DecodeStream(inner)
{
    private long produced;

    public override int Read(Span<byte> buffer)
    {
        budget.ThrowIfExceeded();
        var n = Input.Read(buffer);
        produced += n;
        if (produced > limit)
        {
            budget.Exceed();
        }

        if (charge)
        {
            budget.ChargeBytes(n);
        }

        return n;
    }
}
