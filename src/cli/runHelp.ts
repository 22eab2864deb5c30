/** The `llm-cost run --help` text: flags, and the environment variables that hold keys. */
export const RUN_HELP = `llm-cost run --provider P [--provider P2 …] --model M [--base-url URL] (--prompt TEXT | --prompt-file F) [options]

Sends one prompt to one or more providers at once. In a terminal they stream side by side; otherwise
a labelled transcript is printed, one run after the other. Then a summary: time to first token, total
time, tokens (input, cached input, output, reasoning) and the actual cost of the usage the host
returned, priced at the time of the request (DeepSeek peak/off-peak).

Providers: deepseek, siliconflow-cn, siliconflow-com, huawei-maas, openai, azure-foundry, aws-bedrock,
custom (any OpenAI-compatible base URL: vLLM, Ollama, a gateway).

Options:
  --provider P             a provider (repeat for several; they run concurrently)
  --model M                model id as the host names it (Azure: deployment; Bedrock: model or profile id);
                           give it once for all providers, or once per --provider in the same order
  --base-url URL           endpoint instead of the default (once for all, or once per --provider)
  --prompt TEXT            the prompt
  --prompt-file F          read the prompt from a file
  --system TEXT            system prompt
  --max-tokens N           output limit (max_tokens; max_completion_tokens for OpenAI)
  --temperature T          0..2
  --thinking on|off        DeepSeek thinking mode (thinking.type) / SiliconFlow enable_thinking
  --reasoning-effort E     reasoning_effort, e.g. high, max (DeepSeek) or low|medium|high (OpenAI)
  --format table|json      output (default: table); json prints one object per run, an array for several
  --currency USD|CNY       currency of the cost (default: USD)
  --fx-rate N              USD→CNY rate instead of the catalog's dated default
  --region R               AWS region for aws-bedrock (default: AWS_REGION / AWS_DEFAULT_REGION)
  --api-version V          Azure api-version: use the deployments API with an api-key header
  --timeout S              seconds to wait for the response headers (default: 20)
  --idle-timeout S         seconds of silence after which a stream counts as stalled (default: 20; OpenAI
                           and Azure get 300 s before the first token, as their reasoning models think silently)
  --retries N              retries after 429/5xx/connection errors, before any output (default: 2);
                           Retry-After is honoured up to 15 s

Keys (environment variables only; never printed):
  deepseek          DEEPSEEK_API_KEY
  siliconflow-cn    SILICONFLOW_CN_API_KEY, else SILICONFLOW_API_KEY
  siliconflow-com   SILICONFLOW_COM_API_KEY, else SILICONFLOW_API_KEY
  huawei-maas       HUAWEI_MAAS_API_KEY
  openai            OPENAI_API_KEY
  azure-foundry     AZURE_AI_API_KEY, endpoint AZURE_AI_ENDPOINT (or --base-url), AZURE_AI_API_VERSION (optional)
  aws-bedrock       AWS_BEARER_TOKEN_BEDROCK (Bedrock API key), else the AWS credential chain
                    (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY[/AWS_SESSION_TOKEN], AWS_PROFILE, SSO, …)
  custom            LLM_COST_CUSTOM_API_KEY (optional)

Exit code: 0 when every run completed, 1 when any failed or was incomplete, 2 for a bad command line,
130 when cancelled (Ctrl-C).
`;
