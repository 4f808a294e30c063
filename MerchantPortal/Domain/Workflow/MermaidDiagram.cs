using System.Text;

namespace MerchantPortal.Domain.Workflow;

/// <summary>Draws a transition table as a Mermaid state diagram, so the README shows exactly what the code enforces.</summary>
public static class MermaidDiagram
{
    public static string Of<TState, TTrigger, TFacts>(TransitionTable<TState, TTrigger, TFacts> table)
        where TState : struct, Enum
        where TTrigger : struct, Enum
    {
        var text = new StringBuilder("stateDiagram-v2\n");
        text.Append($"    [*] --> {table.Initial}\n");
        foreach (var rule in table.Rules)
        {
            var guards = rule.Guards.Length == 0 ? "" : $" [{string.Join(", ", rule.Guards.Select(g => g.Name))}]";
            var reason = rule.ReasonRequired ? " (reason)" : "";
            text.Append($"    {rule.From} --> {rule.To} : {rule.Trigger}{guards}{reason} by {rule.By}\n");
        }

        return text.ToString();
    }
}
