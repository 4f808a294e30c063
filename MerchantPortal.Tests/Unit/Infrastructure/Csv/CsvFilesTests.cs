using System.Text;
using MerchantPortal.Infrastructure.Csv;

namespace MerchantPortal.Tests.Unit.Infrastructure.Csv;

public class CsvFilesTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tcmd")]
    [InlineData("\rcmd")]
    public async Task Create_CellThatStartsLikeAFormula_IsNeutralized(string cell)
    {
        var text = await WriteAsync(cell);

        // Quotes inside a quoted cell are doubled, as CSV has it.
        Assert.Contains("'" + cell.Replace("\"", "\"\""), text);
        Assert.DoesNotContain("," + cell, text);
    }

    [Fact]
    public async Task Create_StartsWithABom_AndKeepsChineseAndPlainCells()
    {
        using var output = new MemoryStream();
        await using (var csv = CsvFiles.Create(output))
        {
            await csv.WriteRecordAsync(["福州示例医院", "a-b"]);
        }

        var bytes = output.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("福州示例医院,a-b", Encoding.UTF8.GetString(bytes[3..]).TrimEnd());
    }

    private static async Task<string> WriteAsync(string cell)
    {
        using var output = new MemoryStream();
        await using (var csv = CsvFiles.Create(output))
        {
            await csv.WriteRecordAsync(["first", cell]);
        }

        return Encoding.UTF8.GetString(output.ToArray());
    }
}
