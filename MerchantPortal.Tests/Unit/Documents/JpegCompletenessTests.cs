using MerchantPortal.Infrastructure.Documents;
using MerchantPortal.Tests.Support;

namespace MerchantPortal.Tests.Unit.Documents;

public class JpegCompletenessTests
{
    [Fact]
    public void IsComplete_WholeJpeg_IsTrue() => Assert.True(JpegCompleteness.IsComplete(DocumentCorpus.Jpeg(400, 300)));

    [Fact]
    public void IsComplete_TruncatedWithEndMarkerAppended_IsFalse() =>
        Assert.False(JpegCompleteness.IsComplete(DocumentCorpus.TruncatedJpegWithEndMarker()));

    [Fact]
    public void Inspect_TruncatedWithEndMarkerAppended_IsRefusedAsTruncated() =>
        Assert.Equal(UploadProblem.ImageTruncated, DocumentInspector.Inspect(DocumentCorpus.TruncatedJpegWithEndMarker()).Problem);
}
