using System.Text;

namespace MerchantPortal.Tests.Support;

/// <summary>
/// Writes small PDFs the way hostile files are made: objects plain or inside an object stream, streams through any
/// chain of filters, any end-of-line after "stream", extra catalog and trailer entries. Objects 1–3 are the catalog,
/// the page tree and one page; <see cref="Add"/> returns the number of each further object.
/// </summary>
public sealed class PdfBuilder
{
    private readonly List<PdfObject> objects = [];

    public PdfBuilder(string catalogExtra = "")
    {
        Add($"<< /Type /Catalog /Pages 2 0 R {catalogExtra} >>");
        Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>");
    }

    /// <summary>Filters of the object stream, in the order a reader applies them (as /Filter lists them).</summary>
    public string[] ObjectStreamFilters { get; init; } = ["FlateDecode"];

    /// <summary>The end-of-line after the object stream's "stream" keyword.</summary>
    public string ObjectStreamEndOfLine { get; init; } = "\n";

    /// <summary>Encoded data to write as the object stream instead of its members (for a bomb).</summary>
    public byte[]? ObjectStreamData { get; init; }

    /// <summary>Entries added to the trailer (or the cross-reference stream's dictionary).</summary>
    public string TrailerExtra { get; init; } = "";

    /// <summary>Written with a cross-reference stream even when no object is compressed.</summary>
    public bool CrossReferenceStream { get; init; }

    public int Add(string body, bool compressed = false)
    {
        objects.Add(new PdfObject(body, null, "\n", compressed));
        return objects.Count;
    }

    /// <summary>
    /// A stream object with the dictionary <paramref name="entries"/> (no &lt;&lt; &gt;&gt;; /Length and /Filter are added);
    /// <paramref name="filters"/> in /Filter order, so the data is encoded with the last one first.
    /// </summary>
    public int AddStream(string entries, byte[] content, string[]? filters = null, string endOfLine = "\n", string? decodeParms = null)
    {
        filters ??= [];
        var data = filters.Reverse().Aggregate(content, (current, filter) => PdfFilterEncoder.Encode(filter, current));
        return AddEncodedStream(entries + FilterEntries(filters, decodeParms), data, endOfLine);
    }

    /// <summary>A stream whose data is already encoded as its <paramref name="entries"/> say.</summary>
    public int AddEncodedStream(string entries, byte[] data, string endOfLine = "\n")
    {
        objects.Add(new PdfObject(entries, data, endOfLine, false));
        return objects.Count;
    }

    /// <summary>The catalog's page object, for a test to add to a page (for example /AA).</summary>
    public void SetPage(string body) => objects[2] = objects[2] with { Body = body };

    public byte[] Build()
    {
        var compressed = objects.Select((o, i) => (o, n: i + 1)).Where(x => x.o.Compressed).ToList();
        var output = new MemoryStream();
        Write(output, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new Dictionary<int, long>();
        for (var n = 1; n <= objects.Count; n++)
        {
            var o = objects[n - 1];
            if (o.Compressed)
            {
                continue;
            }

            offsets[n] = output.Position;
            WriteObject(output, n, o);
        }

        var objectStream = 0;
        if (compressed.Count > 0)
        {
            objectStream = objects.Count + 1;
            offsets[objectStream] = output.Position;
            WriteObject(output, objectStream, ObjectStream(compressed.Select(x => (x.n, x.o.Body)).ToList()));
        }

        var size = Math.Max(objects.Count, objectStream) + 2;
        if (compressed.Count == 0 && !CrossReferenceStream)
        {
            WriteTable(output, offsets, size);
        }
        else
        {
            WriteXrefStream(output, offsets, compressed.Select(x => x.n).ToList(), objectStream, size);
        }

        return output.ToArray();
    }

    private PdfObject ObjectStream(List<(int Number, string Body)> members)
    {
        var header = new StringBuilder();
        var body = new StringBuilder();
        foreach (var (number, text) in members)
        {
            header.Append($"{number} {body.Length} ");
            body.Append(text).Append('\n');
        }

        var first = header.Length;
        var content = Encoding.Latin1.GetBytes(header.ToString() + body);
        var data = ObjectStreamData
            ?? ObjectStreamFilters.Reverse().Aggregate(content, (current, filter) => PdfFilterEncoder.Encode(filter, current));
        var entries = $"/Type /ObjStm /N {members.Count} /First {first}{FilterEntries(ObjectStreamFilters, null)}";
        return new PdfObject(entries, data, ObjectStreamEndOfLine, false);
    }

    private void WriteTable(MemoryStream output, Dictionary<int, long> offsets, int size)
    {
        var xref = output.Position;
        var table = new StringBuilder($"xref\n0 {size}\n0000000000 65535 f \n");
        for (var n = 1; n < size; n++)
        {
            table.Append(offsets.TryGetValue(n, out var at) ? $"{at:D10} 00000 n \n" : "0000000000 65535 f \n");
        }

        Write(output, table + $"trailer\n<< /Size {size} /Root 1 0 R {TrailerExtra} >>\nstartxref\n{xref}\n%%EOF\n");
    }

    private void WriteXrefStream(MemoryStream output, Dictionary<int, long> offsets, List<int> compressed, int objectStream, int size)
    {
        var self = size - 1;
        offsets[self] = output.Position;
        var rows = new byte[size * 7];
        for (var n = 0; n < size; n++)
        {
            var row = rows.AsSpan(n * 7, 7);
            var index = compressed.IndexOf(n);
            if (index >= 0)
            {
                (row[0], row[1], row[2], row[3], row[4], row[5], row[6]) = (2, 0, 0, (byte)(objectStream >> 8), (byte)objectStream, 0, (byte)index);
            }
            else if (offsets.TryGetValue(n, out var at))
            {
                (row[0], row[1], row[2], row[3], row[4]) = (1, (byte)(at >> 24), (byte)(at >> 16), (byte)(at >> 8), (byte)at);
            }
        }

        var data = PdfFilterEncoder.Flate(rows);
        var dictionary = $"/Type /XRef /Size {size} /W [1 4 2] /Root 1 0 R {TrailerExtra} /Filter /FlateDecode";
        WriteObject(output, self, new PdfObject(dictionary, data, "\n", false));
        Write(output, $"startxref\n{offsets[self]}\n%%EOF\n");
    }

    private static void WriteObject(MemoryStream output, int number, PdfObject o)
    {
        if (o.Data is null)
        {
            Write(output, $"{number} 0 obj\n{o.Body}\nendobj\n");
            return;
        }

        Write(output, $"{number} 0 obj\n<< {o.Body} /Length {o.Data.Length} >>\nstream{o.EndOfLine}");
        output.Write(o.Data);
        Write(output, "\nendstream\nendobj\n");
    }

    private static string FilterEntries(string[] filters, string? decodeParms) =>
        (filters.Length == 0 ? "" : $" /Filter [{string.Join(" ", filters.Select(f => "/" + f))}]")
        + (decodeParms is null ? "" : $" /DecodeParms {decodeParms}");

    private static void Write(MemoryStream output, string text) => output.Write(Encoding.Latin1.GetBytes(text));

    private sealed record PdfObject(string Body, byte[]? Data, string EndOfLine, bool Compressed);
}
