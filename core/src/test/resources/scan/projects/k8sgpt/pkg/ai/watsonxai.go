package ai

import (
	"context"
	"errors"
	"fmt"

	wx "github.com/IBM/watsonx-go/pkg/models"
)

const ibmWatsonxAIClientName = "ibmwatsonxai"

type IBMWatsonxAIClient struct {
	nopCloser

	client       *wx.Client
	model        string
	temperature  float32
	topP         float32
	topK         int32
	maxNewTokens int
}

const (
	modelMetallama = "ibm/granite-13b-chat-v2"
	maxTokens      = 2048
)

func (c *IBMWatsonxAIClient) Configure(config IAIConfig) error {
	if config.GetModel() == "" {
		c.model = modelMetallama
	} else {
		c.model = config.GetModel()
	}
	if config.GetMaxTokens() == 0 {
		c.maxNewTokens = maxTokens
	} else {
		c.maxNewTokens = config.GetMaxTokens()
	}
	c.temperature = config.GetTemperature()
	c.topP = config.GetTopP()
	c.topK = config.GetTopK()

	apiKey := config.GetPassword()
	if apiKey == "" {
