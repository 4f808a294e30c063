using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace MerchantPortal.Infrastructure.Documents.Pdf;

/// <summary>
/// Every object of an opened PDF: first each one the cross-reference data lists (objects inside object streams
/// included, which the library expands through the budgeted filters), then every "n g obj" in the file from its
/// start, so an object left out of the cross-reference data, or an earlier revision's, is looked at too.
/// </summary>
internal static class PdfDocumentWalk
{
    public static UploadProblem Run(PdfDocument document, PdfBudget budget)
    {
        var structure = document.Structure;
        if (document.IsEncrypted || structure.Trailer.EncryptionToken is not null)
        {
            return UploadProblem.PdfEncrypted;
        }

        if (structure.CrossReferenceTable.ObjectOffsets.Count > PdfBudget.MaxObjects)
        {
            return UploadProblem.PdfTooComplex;
        }

        if (document.NumberOfPages < 1)
        {
            return UploadProblem.PdfCorrupt;
        }

        var walker = new PdfObjectWalker(structure.TokenScanner, budget);
        var walked = new HashSet<long>();
        var catalog = walker.Walk(structure.Catalog.CatalogDictionary);
        if (catalog != UploadProblem.None)
        {
            return catalog;
        }

        foreach (var reference in structure.CrossReferenceTable.ObjectOffsets.Keys.OrderBy(r => r.ObjectNumber))
        {
            if (structure.TokenScanner.Get(reference) is { } found && Walk(walker, found, walked) is var problem
                && problem != UploadProblem.None)
            {
                return problem;
            }
        }

        return WalkFileInOrder(structure.TokenScanner, walker, walked);
    }

    private static UploadProblem WalkFileInOrder(IPdfTokenScanner scanner, PdfObjectWalker walker, HashSet<long> walked)
    {
        scanner.Seek(0);
        var count = 0;
        while (scanner.MoveNext())
        {
            if (scanner.CurrentToken is not ObjectToken found)
            {
                continue;
            }

            if (++count > PdfBudget.MaxObjects)
            {
                return UploadProblem.PdfTooComplex;
            }

            if (Walk(walker, found, walked) is var problem && problem != UploadProblem.None)
            {
                return problem;
            }
        }

        return UploadProblem.None;
    }

    /// <summary>An object at a file position already walked is not decoded a second time.</summary>
    private static UploadProblem Walk(PdfObjectWalker walker, ObjectToken found, HashSet<long> walked) =>
        found.Position.Type == XrefEntryType.File && !walked.Add(found.Position.Value1) && found.Data is StreamToken
            ? UploadProblem.None
            : walker.Walk(found);
}
