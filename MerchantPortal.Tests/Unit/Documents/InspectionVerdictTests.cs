using MerchantPortal.Infrastructure.Documents;
using MerchantPortal.Infrastructure.Documents.Isolation;

namespace MerchantPortal.Tests.Unit.Documents;

public class InspectionVerdictTests
{
    [Fact]
    public void Parse_WhatTheWorkerPrints_GivesTheVerdictBack()
    {
        Assert.Equal(new InspectionVerdict(UploadProblem.None, DocumentFormat.Jpeg),
            InspectionVerdict.Parse(new InspectionVerdict(UploadProblem.None, DocumentFormat.Jpeg).ToJson()));
        Assert.Equal(InspectionVerdict.Refused(UploadProblem.PdfActiveContent),
            InspectionVerdict.Parse(InspectionVerdict.Refused(UploadProblem.PdfActiveContent).ToJson()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Segmentation fault")]
    [InlineData("{\"problem\":\"None\"}")]
    [InlineData("{\"problem\":\"None\",\"format\":\"Exe\"}")]
    [InlineData("{\"problem\":\"PdfCorrupt\",\"format\":\"Pdf\"}")]
    [InlineData("{\"problem\":99,\"format\":null}")]
    public void Parse_Garbage_IsNoVerdict(string? line) => Assert.Null(InspectionVerdict.Parse(line));
}
