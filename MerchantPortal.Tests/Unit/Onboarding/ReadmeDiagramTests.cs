using MerchantPortal.Domain.Onboarding;
using MerchantPortal.Domain.Workflow;
using MerchantPortal.Tests.Support;

namespace MerchantPortal.Tests.Unit.Onboarding;

/// <summary>
/// The README's state diagram is the one the code defines. To redraw it after changing the table:
/// <c>UPDATE_README=1 dotnet test --filter ReadmeDiagramTests</c>.
/// </summary>
public class ReadmeDiagramTests
{
    private const string Start = "<!-- application-state-diagram:start (generated from ApplicationWorkflow.Table; see ReadmeDiagramTests) -->";
    private const string End = "<!-- application-state-diagram:end -->";

    [Fact]
    public void Readme_ShowsTheApplicationTable()
    {
        var path = Path.Combine(RepositoryRoot.Path, "README.md");
        var readme = File.ReadAllText(path);
        var start = readme.IndexOf(Start, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"README.md needs the markers {Start} and {End}.");

        var expected = $"{Start}\n```mermaid\n{MermaidDiagram.Of(ApplicationWorkflow.Table)}```\n{End}";
        var actual = readme[start..(end + End.Length)];
        if (Environment.GetEnvironmentVariable("UPDATE_README") == "1")
        {
            File.WriteAllText(path, readme.Replace(actual, expected));
            return;
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Diagram_HasAnEdgeForEveryRule()
    {
        var diagram = MermaidDiagram.Of(ApplicationWorkflow.Table);

        Assert.Equal(ApplicationWorkflow.Table.Rules.Count + 1, diagram.Split('\n').Count(l => l.Contains("-->")));
        Assert.Contains("    InReview --> PendingConfirmation : Approve [RiskHigh] by Staff", diagram);
    }
}
