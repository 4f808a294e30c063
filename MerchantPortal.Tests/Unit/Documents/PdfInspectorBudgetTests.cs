using System.Diagnostics;
using System.Text;
using MerchantPortal.Infrastructure.Documents;
using MerchantPortal.Tests.Support;
using Xunit.Abstractions;

namespace MerchantPortal.Tests.Unit.Documents;

/// <summary>Decompression bombs and hostile structure: refused quickly, without the memory they ask for.</summary>
public class PdfInspectorBudgetTests(ITestOutputHelper output)
{
    private const long Declared = 2_500_000_000;
    private static readonly Lazy<byte[]> FlateBomb = new(() => PdfFilterEncoder.FlateZeros(Declared));

    [Fact]
    public void Check_FlateBombAsPageContent_IsTooComplexQuicklyAndSmall()
    {
        var pdf = new PdfBuilder();
        var content = pdf.AddEncodedStream("/Filter /FlateDecode", FlateBomb.Value);
        pdf.SetPage($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents {content} 0 R >>");

        AssertRefusedCheaply(pdf.Build(), UploadProblem.PdfTooComplex);
    }

    [Fact]
    public void Check_FlateBombAsObjectStream_IsTooComplexBeforeTheLibraryExpandsIt()
    {
        var pdf = new PdfBuilder("/Extra 4 0 R") { ObjectStreamData = FlateBomb.Value };
        pdf.Add("<< /Producer (x) >>", compressed: true);

        AssertRefusedCheaply(pdf.Build(), UploadProblem.PdfTooComplex);
    }

    [Fact]
    public void Check_LzwBomb_IsTooComplex()
    {
        var pdf = new PdfBuilder();
        pdf.AddEncodedStream("/Filter /LZWDecode", PdfFilterEncoder.LzwZeros(cycles: 8));

        AssertRefusedCheaply(pdf.Build(), UploadProblem.PdfTooComplex);
    }

    [Fact]
    public void Check_RunLengthBomb_IsTooComplex()
    {
        var pdf = new PdfBuilder();
        pdf.AddEncodedStream("/Filter /RunLengthDecode", PdfFilterEncoder.RunLengthZeros(repeats: 500_000));

        AssertRefusedCheaply(pdf.Build(), UploadProblem.PdfTooComplex);
    }

    [Fact]
    public void Check_StreamsEachUnderTheStreamLimit_ExceedTogetherTheFileBudget()
    {
        var pdf = new PdfBuilder();
        var stream = PdfFilterEncoder.RunLengthZeros(repeats: 45 * 1024 * 1024 / 128);
        for (var i = 0; i < 5; i++)
        {
            pdf.AddEncodedStream("/Filter /RL", stream);
        }

        AssertRefusedCheaply(pdf.Build(), UploadProblem.PdfTooComplex);
    }

    [Fact]
    public void Check_ObjectStreamDeclaringTooManyObjects_IsTooComplex()
    {
        var pdf = new PdfBuilder("/Extra 4 0 R");
        pdf.Add("<< /Producer (x) >>", compressed: true);
        var bytes = Encoding.Latin1.GetString(pdf.Build()).Replace("/Type /ObjStm /N 1 ", "/Type /ObjStm /N 9000000 ");

        AssertRefusedCheaply(Encoding.Latin1.GetBytes(bytes), UploadProblem.PdfTooComplex);
    }

    [Fact]
    public void Check_DeeplyNestedArrays_IsRefusedNotThrown()
    {
        var pdf = new PdfBuilder("/Extra 4 0 R");
        pdf.Add(new string('[', 5000) + new string(']', 5000));

        AssertRefusedCheaply(pdf.Build(), null);
    }

    private void AssertRefusedCheaply(byte[] pdf, UploadProblem? expected)
    {
        GC.Collect();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();

        var problem = PdfInspector.Check(new MemoryStream(pdf));

        clock.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        output.WriteLine($"{pdf.Length:N0} bytes: {problem} in {clock.ElapsedMilliseconds} ms, {allocated / 1024 / 1024} MB allocated");
        if (expected is { } known)
        {
            Assert.Equal(known, problem);
        }
        else
        {
            Assert.NotEqual(UploadProblem.None, problem);
        }

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        Assert.InRange(allocated, 0, 100L * 1024 * 1024);
    }
}
