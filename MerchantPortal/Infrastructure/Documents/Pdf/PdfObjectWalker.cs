using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace MerchantPortal.Infrastructure.Documents.Pdf;

/// <summary>
/// Looks through one object's whole token tree: every dictionary key, every name value, and every stream decoded
/// through its filters and read for names. References are not followed (every object is walked on its own),
/// except to see whether an /OpenAction points at an action.
/// </summary>
internal sealed class PdfObjectWalker(IPdfTokenScanner scanner, PdfBudget budget)
{
    public UploadProblem Walk(IToken token, int depth = 0)
    {
        if (depth > PdfBudget.MaxDepth)
        {
            budget.Exceed();
        }

        return token switch
        {
            ObjectToken obj => Walk(obj.Data, depth),
            StreamToken stream => First(WalkDictionary(stream.StreamDictionary, depth), () => CheckContent(stream)),
            DictionaryToken dictionary => WalkDictionary(dictionary, depth),
            ArrayToken array => WalkArray(array, depth),
            NameToken name when ActiveNames.Contains(name.Data) => UploadProblem.PdfActiveContent,
            _ => UploadProblem.None,
        };
    }

    private UploadProblem WalkDictionary(DictionaryToken dictionary, int depth)
    {
        foreach (var (key, value) in dictionary.Data)
        {
            if (key == "XFA")
            {
                return UploadProblem.PdfXfa;
            }

            if (ActiveNames.IsActiveKey(key) || (key == "OpenAction" && IsAction(value)))
            {
                return UploadProblem.PdfActiveContent;
            }

            if (Walk(value, depth + 1) is var problem && problem != UploadProblem.None)
            {
                return problem;
            }
        }

        return UploadProblem.None;
    }

    private UploadProblem WalkArray(ArrayToken array, int depth)
    {
        foreach (var item in array.Data)
        {
            if (Walk(item, depth + 1) is var problem && problem != UploadProblem.None)
            {
                return problem;
            }
        }

        return UploadProblem.None;
    }

    /// <summary>
    /// An action is a dictionary with /S (its type); a destination (an array or a name) only turns a page, and so does
    /// a /GoTo action with no /Next, which pdfTeX writes into every file it makes.
    /// </summary>
    private bool IsAction(IToken value) =>
        Resolve(value) is DictionaryToken dictionary && dictionary.Data.TryGetValue("S", out var type)
        && (Resolve(type) is not NameToken { Data: "GoTo" } || dictionary.Data.ContainsKey("Next"));

    private IToken? Resolve(IToken token) =>
        token is IndirectReferenceToken reference ? scanner.Get(reference.Data)?.Data : token;

    private UploadProblem CheckContent(StreamToken stream)
    {
        var (filters, parameters) = StreamFilters.Read(stream.StreamDictionary, Resolve);
        using var content = StreamFilters.Open(stream.Data, filters, parameters, budget, out var pixels);
        var scanned = !pixels && IsScanned(stream.StreamDictionary);
        var names = new NameScanner();
        var buffer = new byte[64 * 1024];
        for (int n; (n = ReadUntilBroken(content, buffer)) > 0 && !names.Found;)
        {
            if (scanned)
            {
                names.Feed(buffer.AsSpan(0, n));
            }
        }

        names.Finish();
        return names.Found ? UploadProblem.PdfActiveContent : UploadProblem.None;
    }

    /// <summary>
    /// Image samples, font programs and cross-reference tables are binary: decoded for the budget but not read for
    /// names, where a random "/JS " would refuse a good file.
    /// </summary>
    private static bool IsScanned(DictionaryToken dictionary)
    {
        var subtype = dictionary.Data.TryGetValue("Subtype", out var token) && token is NameToken name
            ? name.Data
            : null;
        return StreamLimits.Type(dictionary) != "XRef"
            && subtype is not ("Image" or "Type1C" or "CIDFontType0C" or "OpenType")
            && !dictionary.Data.ContainsKey("Length1")
            && !dictionary.Data.ContainsKey("Length2");
    }

    /// <summary>
    /// Data that stops decoding ends there: readers give up at the same point (a deflate or LZW error leaves
    /// nothing after it readable), so what was decoded is all any reader can see.
    /// </summary>
    private static int ReadUntilBroken(Stream content, byte[] buffer)
    {
        try
        {
            return content.Read(buffer);
        }
        catch (InvalidDataException)
        {
            return 0;
        }
    }

    private static UploadProblem First(UploadProblem problem, Func<UploadProblem> next) =>
        problem != UploadProblem.None ? problem : next();
}
