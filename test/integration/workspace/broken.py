from openai import OpenAI

client = OpenAI(base_url="https://api.deepseek.com")


def ok() -> str:
    reply = client.chat.completions.create(
        model="deepseek-v4-flash",
        messages=[{"role": "user", "content": "still found despite the error below"}],
    )
    return reply.choices[0].message.content


def broken(:
    return client.chat.completions.create(model="deepseek-v4-pro", messages=[
