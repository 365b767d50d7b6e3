/*
Copyright 2023 The K8sGPT Authors.
Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at
    http://www.apache.org/licenses/LICENSE-2.0
Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/

package auth

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/k8sgpt-ai/k8sgpt/pkg/ai"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

func TestAddCommandPersistsAzureAPIVersion(t *testing.T) {
	configureTestViper(t)
	resetAuthFlagState(t)

	setFlag(t, addCmd, "backend", "azureopenai")
	setFlag(t, addCmd, "model", "gpt-4o")
	setFlag(t, addCmd, "password", "token")
	setFlag(t, addCmd, "baseurl", "https://example.openai.azure.com")
	setFlag(t, addCmd, "engine", "deployment")
	setFlag(t, addCmd, "temperature", "0.7")
	setFlag(t, addCmd, "topp", "0.5")
	setFlag(t, addCmd, "topk", "50")
	setFlag(t, addCmd, "maxtokens", "2048")
	setFlag(t, addCmd, "azureAPIVersion", "2024-02-15-preview")

	addCmd.Run(addCmd, nil)

	var cfg ai.AIConfiguration
	if err := viper.UnmarshalKey("ai", &cfg); err != nil {
		t.Fatalf("failed to unmarshal ai config: %v", err)
	}
	if len(cfg.Providers) != 1 {
		t.Fatalf("expected one provider, got %d", len(cfg.Providers))
	}
	if cfg.Providers[0].AzureAPIVersion != "2024-02-15-preview" {
		t.Fatalf("expected Azure API version to be persisted, got %q", cfg.Providers[0].AzureAPIVersion)
	}
}

