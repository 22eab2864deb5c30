import OpenAI from "openai";

const client = new OpenAI();

export async function ask(question: string): Promise<string | null> {
  const res = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: question }],
  });
  return res.choices[0].message.content;
}
