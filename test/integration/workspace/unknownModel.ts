import OpenAI from "openai";

const openai = new OpenAI();

// A model the price catalog does not know: the lens must say so instead of staying silent.
export async function draft(topic: string) {
  return openai.chat.completions.create({
    model: "gpt-9-ultra-preview",
    messages: [{ role: "user", content: `Write about ${topic}` }],
  });
}

export async function noModel(model: string) {
  return openai.chat.completions.create({ model, messages: [{ role: "user", content: "hi" }] });
}
