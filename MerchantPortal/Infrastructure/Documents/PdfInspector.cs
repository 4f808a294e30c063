using MerchantPortal.Infrastructure.Documents.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace MerchantPortal.Infrastructure.Documents;

/// <summary>
/// A PDF must open in a real object model, have pages, and carry nothing that acts: every object is resolved,
/// every stream decoded (within <see cref="PdfBudget"/>) and read, and the file is refused for scripts, launch
/// actions, embedded files, form submission, remote go-tos, encryption (it could not be read) or an XFA form.
/// Never rewritten: what the reviewer sees is what was uploaded. See docs/decisions/0018-pdf-inspection.md.
/// </summary>
public static class PdfInspector
{
    public static UploadProblem Check(Stream pdf)
    {
        var budget = new PdfBudget();
        try
        {
            var options = new ParsingOptions
            {
                FilterProvider = new BudgetedFilterProvider(budget),
                MaxStackDepth = PdfBudget.MaxDepth,
                SkipMissingFonts = true,
            };
            using var document = PdfDocument.Open(pdf, options);
            return budget.Exceeded ? UploadProblem.PdfTooComplex : PdfDocumentWalk.Run(document, budget);
        }
        catch (Exception) when (budget.Exceeded)
        {
            return UploadProblem.PdfTooComplex;
        }
        catch (PdfDocumentEncryptedException)
        {
            return UploadProblem.PdfEncrypted;
        }
        catch (Exception)
        {
            // The library throws many exception types for malformed files; all of them mean "not a usable PDF",
            // and a stream that cannot be decoded cannot be checked.
            return budget.EncryptionDeclared ? UploadProblem.PdfEncrypted : UploadProblem.PdfCorrupt;
        }
    }

    public static InspectionResult Inspect(byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        var problem = Check(stream);
        return problem == UploadProblem.None
            ? new InspectionResult(UploadProblem.None, DocumentFormat.Pdf, content)
            : InspectionResult.Refused(problem);
    }
}
