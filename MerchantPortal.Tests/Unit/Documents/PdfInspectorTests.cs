using System.Text;
using MerchantPortal.Infrastructure.Documents;
using MerchantPortal.Tests.Support;

namespace MerchantPortal.Tests.Unit.Documents;

/// <summary>Each way around the old byte scan (issue 21), built on the spot, and what must still pass.</summary>
public class PdfInspectorTests
{
    private const string JavaScriptAction = "<< /S /JavaScript /JS (app.alert\\(1\\)) >>";

    [Theory]
    [InlineData("ASCIIHexDecode")]
    [InlineData("ASCII85Decode")]
    [InlineData("AHx")]
    [InlineData("A85")]
    [InlineData("LZWDecode")]
    [InlineData("RunLengthDecode")]
    [InlineData("RL")]
    [InlineData("FlateDecode")]
    [InlineData("ASCII85Decode", "FlateDecode")]
    [InlineData("ASCIIHexDecode", "LZW", "RL")]
    public void Check_JavaScriptInObjectStream_IsRefusedUnderEveryFilter(params string[] filters)
    {
        var pdf = new PdfBuilder("/Extra 4 0 R") { ObjectStreamFilters = filters };
        pdf.Add(JavaScriptAction, compressed: true);

        Assert.Equal(UploadProblem.PdfActiveContent, Check(pdf.Build()));
    }

    [Theory]
    [InlineData("AHx")]
    [InlineData("A85")]
    [InlineData("LZW")]
    [InlineData("RL")]
    [InlineData("Fl")]
    public void Check_CleanObjectStreamAndContent_IsAcceptedUnderEveryFilter(string filter)
    {
        var pdf = new PdfBuilder("/Extra 4 0 R") { ObjectStreamFilters = [filter] };
        pdf.Add("<< /Producer (Scanner) /Title (Licence) >>", compressed: true);
        var content = pdf.AddStream("", Encoding.Latin1.GetBytes("BT /F1 12 Tf 20 100 Td (Hello /JSON) Tj ET"), [filter]);
        pdf.SetPage($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents {content} 0 R >>");

        Assert.Equal(UploadProblem.None, Check(pdf.Build()));
    }

    [Fact]
    public void Check_ObjectStreamWithCrOnlyEndOfLine_CarryingJs_IsRefused()
    {
        var pdf = new PdfBuilder("/Extra 4 0 R") { ObjectStreamEndOfLine = "\r" };
        pdf.Add(JavaScriptAction, compressed: true);

        Assert.Equal(UploadProblem.PdfActiveContent, Check(pdf.Build()));
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\r\n")]
    [InlineData("\n")]
    [InlineData(" \r")]
    public void Check_FlateStreamCarryingJs_IsRefusedWhateverTheEndOfLine(string endOfLine)
    {
        var pdf = new PdfBuilder();
        pdf.AddStream("", Encoding.Latin1.GetBytes(JavaScriptAction), ["FlateDecode"], endOfLine);

        Assert.Equal(UploadProblem.PdfActiveContent, Check(pdf.Build()));
    }

    [Fact]
    public void Check_CrOnlyEndOfLineAndWrongLength_IsNeverAcceptedUnchecked()
    {
        var pdf = new PdfBuilder();
        var data = PdfFilterEncoder.Flate(Encoding.Latin1.GetBytes(JavaScriptAction));
        pdf.AddEncodedStream("/Filter /FlateDecode", data, "\r");
        var bytes = Encoding.Latin1.GetString(pdf.Build()).Replace($"/Length {data.Length} >>", "/Length 3 >>");

        Assert.NotEqual(UploadProblem.None, Check(Encoding.Latin1.GetBytes(bytes)));
    }

    [Fact]
    public void Check_XfaFormWithScript_IsRefusedAsXfa()
    {
        var pdf = new PdfBuilder("/AcroForm 4 0 R");
        pdf.Add("<< /Fields [] /XFA 5 0 R >>");
        pdf.AddStream("", Encoding.UTF8.GetBytes(
            "<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\"><template><subform><event activity=\"initialize\">"
            + "<script contentType=\"application/x-javascript\">app.alert(1)</script></event></subform></template></xdp:xdp>"),
            ["FlateDecode"]);

        Assert.Equal(UploadProblem.PdfXfa, Check(pdf.Build()));
    }

    [Fact]
    public void Check_XfaFormInsideObjectStream_IsRefusedAsXfa()
    {
        var pdf = new PdfBuilder("/AcroForm 4 0 R") { ObjectStreamFilters = ["ASCIIHexDecode"] };
        pdf.Add("<< /Fields [] /XFA [(template) 5 0 R] >>", compressed: true);
        pdf.AddStream("", Encoding.UTF8.GetBytes("<template><script>app.alert(1)</script></template>"));

        Assert.Equal(UploadProblem.PdfXfa, Check(pdf.Build()));
    }

    [Theory]
    [InlineData("<< /S /J#61vaScript /#4A#53 (app.alert\\(1\\)) >>")]
    [InlineData("<< /S /#4a#61#76#61#53#63#72#69#70#74 >>")]
    [InlineData("<< /#4A#53 (app.alert\\(1\\)) >>")]
    [InlineData("<< /S /L#61unch /F (cmd.exe) >>")]
    [InlineData("<< /#45mbeddedFiles << /Names [] >> >>")]
    [InlineData("<< /S /Submit#46orm /F (https://example.com) >>")]
    [InlineData("<< /S /Import#44ata >>")]
    [InlineData("<< /Rich#4dedia 5 0 R >>")]
    public void Check_ActiveNameInHexEscapes_IsRefusedPlainAndInObjectStream(string dictionary)
    {
        var plain = new PdfBuilder("/Extra 4 0 R");
        plain.Add(dictionary);
        var compressed = new PdfBuilder("/Extra 4 0 R");
        compressed.Add(dictionary, compressed: true);

        Assert.Equal(
            (UploadProblem.PdfActiveContent, UploadProblem.PdfActiveContent),
            (Check(plain.Build()), Check(compressed.Build())));
    }

    [Fact]
    public void Check_HexEscapedJsInsideDecodedContent_IsRefused()
    {
        var pdf = new PdfBuilder();
        pdf.AddStream("", Encoding.Latin1.GetBytes("q /J#53 (x) Q"), ["ASCII85Decode", "FlateDecode"]);

        Assert.Equal(UploadProblem.PdfActiveContent, Check(pdf.Build()));
    }

    [Fact]
    public void Check_NamesThatOnlyStartLikeActiveOnes_AreAccepted()
    {
        var pdf = new PdfBuilder("/Extra 4 0 R");
        pdf.Add("<< /JSON (x) /AAX 1 /JavaScripts 2 /S /GoTo /Launcher 3 >>");

        Assert.Equal(UploadProblem.None, Check(pdf.Build()));
    }

    [Theory]
    [InlineData("<< /S /JavaScript /JS (app.alert\\(1\\)) >>", UploadProblem.PdfActiveContent)]
    [InlineData("4 0 R", UploadProblem.PdfActiveContent)]
    [InlineData("<< /S /GoTo /D [3 0 R /Fit] /Next << /S /Named /N /NextPage >> >>", UploadProblem.PdfActiveContent)]
    [InlineData("<< /S /GoTo /D [3 0 R /Fit] >>", UploadProblem.None)]
    [InlineData("[3 0 R /Fit]", UploadProblem.None)]
    [InlineData("[3 0 R /XYZ 0 200 1]", UploadProblem.None)]
    public void Check_OpenAction_IsRefusedOnlyForAnAction(string openAction, UploadProblem expected)
    {
        var pdf = new PdfBuilder($"/OpenAction {openAction}");
        pdf.Add("<< /S /Named /N /NextPage >>");

        Assert.Equal(expected, Check(pdf.Build()));
    }

    [Fact]
    public void Check_OpenActionReferencingAnActionInsideObjectStream_IsRefused()
    {
        var pdf = new PdfBuilder("/OpenAction 4 0 R");
        pdf.Add("<< /S /Named /N /NextPage >>", compressed: true);

        Assert.Equal(UploadProblem.PdfActiveContent, Check(pdf.Build()));
    }

    [Theory]
    [InlineData("/AA << /O << /S /Named /N /NextPage >> >>")]
    [InlineData("/Annots [<< /Type /Annot /Subtype /Link /Rect [0 0 50 50] /A << /S /GoToR /F (other.pdf) /D [0 /Fit] >> >>]")]
    [InlineData("/Annots [<< /Type /Annot /Subtype /Link /Rect [0 0 50 50] /A << /S /GoToE /D [0 /Fit] /T << /R /C /N (a) >> >> >>]")]
    [InlineData("/Annots [<< /Type /Annot /Subtype /FileAttachment /Rect [0 0 9 9] /FS << /Type /Filespec /F (a.exe) /EF << /F 4 0 R >> >> >>]")]
    public void Check_PageWithActiveEntry_IsRefused(string pageEntry)
    {
        var pdf = new PdfBuilder();
        pdf.SetPage($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] {pageEntry} >>");
        pdf.AddStream("", [0x4D, 0x5A]);

        Assert.Equal(UploadProblem.PdfActiveContent, Check(pdf.Build()));
    }

    [Fact]
    public void Check_ObjectMissingFromTheCrossReferenceTable_IsStillWalked()
    {
        var pdf = new PdfBuilder();
        var bytes = Encoding.Latin1.GetString(pdf.Build());
        var hidden = $"9 0 obj\n{JavaScriptAction}\nendobj\n";
        var at = bytes.IndexOf("xref\n", StringComparison.Ordinal);
        // The table's offsets stay right: the hidden object comes after every listed one.
        var withHidden = bytes[..at] + hidden + bytes[at..].Replace($"startxref\n{at}", $"startxref\n{at + hidden.Length}");

        Assert.Equal(UploadProblem.PdfActiveContent, Check(Encoding.Latin1.GetBytes(withHidden)));
    }

    private static UploadProblem Check(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf);
        return PdfInspector.Check(stream);
    }
}
