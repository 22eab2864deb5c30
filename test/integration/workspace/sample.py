from openai import OpenAI

client = OpenAI(base_url="https://api.deepseek.com")

def summarize(text: str) -> str:
    reply = client.chat.completions.create(
        model="deepseek-flash",
        messages=[{"role": "user", "content": "Summarize: " + text}],
        max_tokens=200,
    )
    return reply.choices[0].message.content
